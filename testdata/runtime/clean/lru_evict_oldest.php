<?php
// A session store keeps at most 64 sessions and evicts the least recently used one.

final class SessionStore
{
    private array $sessions = [];

    public function __construct(private int $capacity = 64) {}

    public function load(string $id): array
    {
        if (isset($this->sessions[$id])) {
            $data = $this->sessions[$id];
            unset($this->sessions[$id]);
        } else {
            $data = ['id' => $id, 'cart' => [], 'csrf' => bin2hex(random_bytes(16)), 'prefs' => str_repeat('theme=dark;', 10)];
        }
        $this->sessions[$id] = $data;
        if (count($this->sessions) > $this->capacity) {
            unset($this->sessions[array_key_first($this->sessions)]);
        }
        return $data;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$store = new SessionStore();
for ($i = 0; $i < $n; $i++) {
    $store->load('sess_' . ($i % 3 === 0 ? 'admin' : $i));
}
