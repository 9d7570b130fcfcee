from django.urls import path

from accounts import views

# Under the admin's address, before Wagtail's own admin URLs (site/urls.py).
urlpatterns = [
    path("2fa/setup/", views.setup, name="twofactor_setup"),
    path("2fa/verify/", views.verify, name="twofactor_verify"),
    # Not under 2fa/: resetting someone else's second factor needs one's own second factor first.
    path("two-step/reset/<int:user_id>/", views.reset, name="twofactor_reset"),
]
