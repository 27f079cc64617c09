<?php
// A request creates its session lazily; the session is bound back to the request only when it is used a second time.

final class Session
{
    public ?HttpRequest $request = null;
    public array $data = [];

    public function __construct(public readonly string $id) {}
}

final class HttpRequest
{
    private ?Session $session = null;

    public function __construct(public readonly string $uri, public readonly array $cookies) {}

    public function session(): Session
    {
        if ($this->session === null) {
            $this->session = new Session($this->cookies['sid'] ?? 'anonymous');
            return $this->session;
        }
        $this->session->request ??= $this; // leak
        return $this->session;
    }
}

function handle(int $i): void
{
    $request = new HttpRequest("/cart/{$i}", ['sid' => 'sid-' . $i . '-' . str_repeat('0', 200)]);
    $request->session()->data['visits'] = 1;
    $request->session()->data['cart'] = array_fill(0, 4, 'sku-' . $i);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
