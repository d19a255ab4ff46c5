"""The chart helper: accessible SVG drawn on the server, nothing from another origin."""

import re

from reports.charts import bar_chart, chart


def test_a_bar_chart_has_a_title_a_description_and_one_bar_per_item():
    svg = bar_chart("Heures par groupe", "Le temps passé par groupe.", [("Mardi", 10), ("Jeudi", 5)], unit="h")
    assert svg.startswith("<svg") and 'role="img"' in svg
    title_id, desc_id = re.search(r'aria-labelledby="([^ "]+) ([^"]+)"', svg).groups()
    assert f'<title id="{title_id}">Heures par groupe</title>' in svg
    assert f'<desc id="{desc_id}">Le temps passé par groupe.</desc>' in svg
    widths = [float(width) for width in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert len(widths) == 2 and widths[0] == 2 * widths[1]
    assert "10 h" in svg and "5 h" in svg


def test_a_chart_escapes_its_labels_and_refers_to_no_other_origin():
    svg = bar_chart("<b>T</b>", "D", [("<script>alert(1)</script>", 3)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "http" not in svg and "href" not in svg


def test_an_empty_chart_says_there_is_no_data():
    svg = bar_chart("Apprenants", "Par mois.", [])
    assert "Aucune donnée pour cette période." in svg and "<rect" not in svg


def test_two_charts_on_a_page_have_different_ids_and_a_table_of_the_same_items():
    first, second = chart("A", "a", [("x", 1)]), chart("B", "b", [("y", 2)])
    assert re.search(r'id="([^"]+)"', first["svg"]).group(1) != re.search(r'id="([^"]+)"', second["svg"]).group(1)
    assert first["items"] == [("x", 1)]


def test_a_decimal_value_is_written_the_french_way():
    assert "2,5 h" in bar_chart("H", "h", [("Mardi", 2.5)], unit="h")
