from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path


def home(request: HttpRequest) -> HttpResponse:
    return redirect("admin:index")


urlpatterns = [
    path("", home, name="home"),
    path("admin/", admin.site.urls),
]
