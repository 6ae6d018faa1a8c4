// Placeholder until issue 13 lands this screen.
export function ReportsScreen() {
  return (
    <section className="screen">
      <h1>Reports</h1>
      <p>Not built yet. {''}</p>
    </section>
  )
}
