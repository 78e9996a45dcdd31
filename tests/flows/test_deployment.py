"""prefect.yaml names the flow that exists, with parameters the flow takes."""

from __future__ import annotations

import inspect

import yaml

from tests.conftest import PROJECT


def test_prefect_yaml_deploys_timeline_flow_with_its_parameters() -> None:
    from flows.timeline import timeline_flow

    config = yaml.safe_load((PROJECT / "prefect.yaml").read_text(encoding="utf-8"))
    [deployment] = config["deployments"]
    assert deployment["entrypoint"] == "flows/timeline.py:timeline_flow"
    accepted = set(inspect.signature(timeline_flow.fn).parameters)
    assert set(deployment["parameters"]) <= accepted
    assert {"sources", "out", "store", "workers", "dask"} <= set(deployment["parameters"])
