// Placeholder until issue 13 lands this screen.
export function ReceiptScreen({ sessionId }: { sessionId: string }) {
  return (
    <section className="screen">
      <h1>Receipt</h1>
      <p>Not built yet. {sessionId}</p>
    </section>
  )
}
