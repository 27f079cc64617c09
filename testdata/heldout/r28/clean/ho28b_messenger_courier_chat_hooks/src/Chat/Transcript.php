<?php
namespace App\Chat;

final class Transcript
{
    /** @param list<array{role:string, body:string, at:int}> $lines */
    public function __construct(
        public readonly string $orderId,
        private array $lines,
        private int $window,
    ) {}

    public function append(string $role, string $body, int $at): void
    {
        $this->lines[] = ['role' => $role, 'body' => $body, 'at' => $at];
        if (count($this->lines) > $this->window) {
            $this->lines = array_slice($this->lines, -$this->window);
        }
    }

    public function unreadFor(string $role): int
    {
        $n = 0;
        foreach (array_reverse($this->lines) as $line) {
            if ($line['role'] === $role) {
                break;
            }
            $n++;
        }
        return $n;
    }

    /** @return list<array{role:string, body:string, at:int}> */
    public function lines(): array
    {
        return $this->lines;
    }
}
