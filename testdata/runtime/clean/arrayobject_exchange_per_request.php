<?php
// A request context collects flash messages in an ArrayObject held by a
// long-lived service and swaps in an empty array when the request ends.

final class Flash
{
    private ArrayObject $messages;

    public function __construct()
    {
        $this->messages = new ArrayObject();
    }

    public function add(string $message): void
    {
        $this->messages->append($message);
    }

    public function endRequest(): array
    {
        return $this->messages->exchangeArray([]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$flash = new Flash();
for ($i = 0; $i < $n; $i++) {
    $flash->add("Saved order {$i}: " . str_repeat('m', 600));
    $flash->endRequest();
}
