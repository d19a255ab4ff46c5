"""Files a learner downloads, shared by the HTML views and the API."""

import json

from django.http import HttpResponse

from learners import progress


def my_data(learner):
    """Everything stored about the learner, as a JSON file to download."""
    data = json.dumps(progress.export(learner), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="numerikair-my-data.json"'
    return response
