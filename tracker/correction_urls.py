"""URLs for corrections, history and review (included from tracker/urls.py), by resource."""

from django.urls import path

from tracker.views import corrections, history, record_edits, review

urlpatterns = [
    # /quotations/<pk>/
    path("quotations/<int:pk>/edit/", corrections.quotation_edit, name="quotation-edit"),
    path(
        "quotations/<int:pk>/reattribute/",
        corrections.quotation_reattribute,
        name="quotation-reattribute",
    ),
    path("quotations/<int:pk>/confirm/", corrections.quotation_confirm, name="quotation-confirm"),
    path(
        "quotations/<int:pk>/not-a-quote/",
        corrections.quotation_not_a_quote,
        name="quotation-not-a-quote",
    ),
    path("quotations/<int:pk>/span/", corrections.quotation_span, name="quotation-span"),
    path("quotations/<int:pk>/statement/", corrections.quotation_link, name="quotation-link"),
    path("quotations/<int:pk>/history/", history.quotation_history, name="quotation-history"),
    # /speakers/<slug>/
    path("speakers/<slug:slug>/edit/", record_edits.speaker_update, name="speaker-update"),
    path("speakers/<slug:slug>/merge/", record_edits.speaker_merge_view, name="speaker-merge"),
    path("speakers/<slug:slug>/split/", record_edits.speaker_split, name="speaker-split"),
    path("speakers/<slug:slug>/history/", history.speaker_history, name="speaker-history"),
    # /sources/<pk>/ and /statements/<pk>/
    path("sources/<int:pk>/edit/", record_edits.source_update, name="source-update"),
    path("statements/<int:pk>/merge/", record_edits.statement_merge, name="statement-merge"),
    # /changes/ and /review/
    path("changes/", history.correction_list, name="correction-list"),
    path("changes/<int:pk>/undo/", history.correction_undo, name="correction-undo"),
    path("review/", review.review_queue, name="review-queue"),
    path("autocomplete/speakers/", corrections.speaker_autocomplete, name="speaker-autocomplete"),
]
