<?php
namespace App\Services;

final class LedgerBucket
{
    public int $orders = 0;
    public int $cents = 0;
    public string $lastNote = '';

    public function __construct(public readonly string $key) {}
}

final class RevenueLedger
{
    /** @var array<string, LedgerBucket> */
    private array $buckets = [];

    public function add(string $key, int $cents, string $note): void
    {
        $bucket = $this->buckets[$key] ??= new LedgerBucket($key); // leak
        $bucket->orders++;
        $bucket->cents += $cents;
        $bucket->lastNote = $note;
    }
}
