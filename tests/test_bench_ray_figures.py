"""The figures of ``chronique bench --engine ray`` from arrival times and writer times (no cluster)."""

from __future__ import annotations

import pytest

from chronique.bench.ray_scaling import render_ray_scaling, steady_rate, _writer_figures


def test_steady_rate_leaves_out_the_warm_up_and_the_batch_it_ends_in():
    # 100 articles of 10 words; batches of 10 finish every second after a 20-second load
    arrivals = [(20.0 + i // 10, 10) for i in range(100)]
    st = steady_rate(arrivals, warm=10)
    # article 11 ends its batch at t=21: the window runs from 21 to 29, over the 80 articles after it
    assert st["seconds"] == pytest.approx(8.0)
    assert st["articles"] == 80 and st["words_per_second"] == pytest.approx(100.0)
    assert st["articles_per_second"] == pytest.approx(10.0)


def test_steady_rate_needs_a_window():
    assert steady_rate([(5.0, 10)] * 30) is None  # every article in one batch: no time to divide by
    assert steady_rate([]) is None


def test_writer_figures_compare_the_first_and_the_last_fifth():
    per_article = [0.002] * 50 + [0.004] * 50
    f = _writer_figures(per_article, wall=10.0)
    assert f["link_window"] == 20
    assert f["link_ms_first"] == pytest.approx(2.0) and f["link_ms_last"] == pytest.approx(4.0)
    assert f["link_growth"] == pytest.approx(2.0)
    assert f["write_share"] == pytest.approx(0.03)


def test_render_shows_every_run_and_the_ratios():
    run = {"engine": "ray", "processes": 2, "articles": 100, "failed": 0, "wall_seconds": 30.0,
           "model_load_seconds": [9.0, 9.5], "peak_rss_mb": [1200.0, 1180.0], "write_seconds": 1.5,
           "write_share": 0.05, "link_window": 20, "link_ms_first": 2.0, "link_ms_last": 2.2,
           "steady": {"words_per_second": 5000.0, "articles_per_second": 12.5}}
    text = "\n".join(render_ray_scaling({"corpus": "c.jsonl", "store": "sqlite", "cores": 2,
                                         "load_average": (1.0, 1.0, 1.0), "runs": [run],
                                         "ratios": {"ray 2 / ray 1": 1.8}}))
    assert "5,000" in text and "9.0/9.5" in text and "1,200/1,180" in text and "(5.0 %)" in text
    assert "2.0 / 2.2 (20 each)" in text and "ray 2 / ray 1: 1.80×" in text
