/// The HTML report's style sheet: high-contrast colours, readable measure, a large-print
/// variant, and print rules (no background needed, entries kept whole where possible).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #0b0c0c; background: #ffffff; max-width: 62rem; margin: 0 auto; padding: 1rem; }
        body.large-print { font-size: 1.5rem; line-height: 1.6; max-width: 50rem; }
        h1 { font-size: 2em; margin: 0.5em 0; }
        h2 { font-size: 1.5em; border-bottom: 2px solid #0b0c0c; margin-top: 1.5em; }
        h3 { font-size: 1.2em; margin-bottom: 0.5em; }
        h4 { font-size: 1em; margin: 0.75em 0 0.25em; }
        a { color: #1d3f8f; }
        a:focus { outline: 3px solid #ffbf47; background: #ffbf47; color: #0b0c0c; }
        .skip { position: absolute; left: -999em; }
        .skip:focus { position: static; }
        article { border-left: 4px solid #505a5f; padding-left: 1rem; margin: 1.5rem 0; }
        article.superseded { border-left-style: dashed; border-left-color: #8b1a1a; }
        article.correction { border-left-color: #1d3f8f; }
        dl.facts { margin: 0.5em 0; }
        dl.facts div { display: grid; grid-template-columns: 13em 1fr; gap: 0 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        @media (max-width: 40em) { dl.facts div { grid-template-columns: 1fr; } }
        ul { margin: 0.25em 0; padding-left: 1.5em; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
        caption { text-align: left; font-weight: bold; padding: 0.25em 0; }
        th, td { border: 1px solid #505a5f; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; }
        .callout { border: 3px solid #0b0c0c; background: #fff7bf; padding: 0.5em 0.75em; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
        figure { margin: 1rem 0; }
        figcaption { font-size: 0.9em; }
        footer { border-top: 2px solid #0b0c0c; margin-top: 2rem; }
        svg.timeline { max-width: 100%; height: auto; border: 1px solid #505a5f; }
        svg.timeline text { font-family: system-ui, Arial, sans-serif; font-size: 12px; fill: #0b0c0c; }
        svg.timeline .lane { font-weight: bold; }
        svg.timeline .rule { stroke: #b1b4b6; stroke-width: 1; }
        svg.timeline .axis { stroke: #0b0c0c; stroke-width: 1; }
        svg.timeline .decision { fill: #1d3f8f; }
        svg.timeline .correction { fill: #8b1a1a; }
        svg.timeline .challenge { fill: #8a4b00; }
        svg.timeline .review-done { fill: #00703c; }
        svg.timeline .review-due { fill: #ffffff; stroke: #00703c; stroke-width: 2; }
        @media print {
          body, body.large-print { max-width: none; padding: 0; }
          body { font-size: 11pt; }
          body.large-print { font-size: 18pt; }
          a { color: #000000; text-decoration: none; }
          .skip { display: none; }
          article, table, figure, .callout { break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; }
        }
        """
}
