// Placeholder shell: the kiosk screen arrives with the scanning issue.
export function App() {
  return (
    <main class="shell">
      <h1>Kiosk check-in</h1>
      <p>Đang khởi động… Starting…</p>
    </main>
  );
}
