// Placeholder until issue 13 lands this screen.
export function ShiftScreen() {
  return (
    <section className="screen">
      <h1>Shift</h1>
      <p>Not built yet. {''}</p>
    </section>
  )
}
