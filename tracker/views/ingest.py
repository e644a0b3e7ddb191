from django.http import HttpRequest, HttpResponse


def source_create(request: HttpRequest) -> HttpResponse:
    raise NotImplementedError  # being written
