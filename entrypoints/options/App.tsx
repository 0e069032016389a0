export function App() {
  return <main><h1>Baton</h1></main>;
}
