// The daily takings chart: stacked bars drawn by Chart.js, only the pieces it needs registered
// (tree-shaken). Colours come from the theme's CSS variables and follow theme changes; the
// chart resizes with its box. The table beside it is the accessible alternative.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js'
import { useEffect, useRef, useState } from 'react'
import { chartData, type TakingsChartModel } from '../../lib/takings'
import { selectTheme } from '../../store/selectors'
import { useApp } from '../../store/react'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend)

interface Colours {
  series: string[]
  text: string
  muted: string
  grid: string
  surface: string
  font: string
}

function readColours(): Colours {
  const css = getComputedStyle(document.documentElement)
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  const series = [1, 2, 3, 4, 5, 6].map((i) => css.getPropertyValue(`--chart-${i}`).trim()).filter(Boolean)
  return {
    series: series.length ? series : ['#2454d6'],
    text: v('--text', '#15191e'),
    muted: v('--muted', '#5b6470'),
    grid: v('--border', '#dfe3e8'),
    surface: v('--surface', '#ffffff'),
    font: getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif'
  }
}

function tickFormatter(model: TakingsChartModel, locale: string | undefined): (v: number) => string {
  // Ticks are the chart's own drawn values (Numbers), formatted for the axis only.
  const f =
    model.unit.kind === 'fiat'
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: model.unit.currency, maximumFractionDigits: 2, minimumFractionDigits: 0 })
      : new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 })
  return (v) => f.format(v)
}

function options(model: TakingsChartModel, c: Colours, locale: string | undefined): ChartOptions<'bar'> {
  const tick = tickFormatter(model, locale)
  return {
    responsive: true,
    maintainAspectRatio: false,
    // Live refreshes redraw at once: no motion, and a bar never shows a height it does not have.
    animation: false,
    font: { family: c.font, size: 12 },
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { stacked: true, grid: { display: false }, border: { color: c.grid }, ticks: { color: c.muted, maxRotation: 0, autoSkipPadding: 12 } },
      y: {
        stacked: true,
        beginAtZero: true,
        border: { color: c.grid },
        grid: { color: c.grid },
        title: { display: true, text: model.axis, color: c.muted },
        ticks: { color: c.muted, callback: (v) => tick(Number(v)) }
      }
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: c.text, boxWidth: 14, boxHeight: 14 } },
      tooltip: {
        backgroundColor: c.surface,
        titleColor: c.text,
        bodyColor: c.text,
        borderColor: c.grid,
        borderWidth: 1,
        callbacks: {
          // Tooltips show the report's decimal text, formatted, not the drawn Number.
          title: (items) => model.labels[items[0]?.dataIndex ?? 0] ?? '',
          label: (item) => `${item.dataset.label ?? ''}: ${model.series[item.datasetIndex]?.formatted[item.dataIndex] ?? ''}`
        }
      }
    }
  }
}

function usePrefersDark(): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null
  const [dark, setDark] = useState(() => query?.matches ?? false)
  useEffect(() => {
    if (!query) return
    const on = () => setDark(query.matches)
    query.addEventListener('change', on)
    return () => query.removeEventListener('change', on)
  }, [query])
  return dark
}

export function TakingsChart({ model, locale, label, describedBy }: { model: TakingsChartModel; locale: string | undefined; label: string; describedBy: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Chart<'bar', number[], string> | null>(null)
  const theme = useApp(selectTheme)
  const prefersDark = usePrefersDark()

  useEffect(() => {
    if (!canvas.current) return
    chart.current = new Chart(canvas.current, { type: 'bar', data: { labels: [], datasets: [] } })
    return () => {
      chart.current?.destroy()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    const c = chart.current
    if (!c) return
    const colours = readColours()
    c.data = chartData(model, colours.series, colours.surface)
    c.options = options(model, colours, locale)
    c.update()
    // Colours are re-read whenever the theme (explicit or the system's) changes.
  }, [model, locale, theme, prefersDark])

  return (
    <div className="takings-chart">
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} data-testid="takings-chart">
        {label}
      </canvas>
    </div>
  )
}
