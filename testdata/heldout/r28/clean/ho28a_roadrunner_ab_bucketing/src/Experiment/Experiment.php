<?php

namespace App\Experiment;

final class Experiment
{
    /** @param array<string, int> $weights variant => weight */
    public function __construct(
        public readonly string $key,
        private array $weights,
        private string $salt,
    ) {
    }

    public function assign(Visitor $visitor): Assignment
    {
        $bucket = hexdec(substr(hash('sha1', $this->salt . ':' . $this->key . ':' . $visitor->id), 0, 7)) % 100;

        $acc = 0;
        $total = array_sum($this->weights);
        foreach ($this->weights as $variant => $weight) {
            $acc += intdiv($weight * 100, $total);
            if ($bucket < $acc) {
                break;
            }
        }

        return new Assignment($this->key, (string) $variant, $bucket);
    }
}
