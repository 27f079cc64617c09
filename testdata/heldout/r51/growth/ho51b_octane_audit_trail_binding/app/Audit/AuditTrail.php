<?php
namespace App\Audit;

/**
 * Collects audit entries for the current request. Entries are closures so
 * the (comparatively expensive) formatting only happens if they are shipped.
 */
final class AuditTrail implements \Countable
{
    /** @var list<\Closure(): array> */
    private array $entries = [];
    private int $shipped = 0;

    public function __construct(private AuditShipper $shipper)
    {
    }

    public function record(\Closure $entry): void
    {
        $this->entries[] = $entry; // leak
    }

    /** Ships whatever has not been shipped yet. */
    public function ship(): void
    {
        foreach (array_slice($this->entries, $this->shipped) as $entry) {
            $this->shipper->send($entry());
        }
        $this->shipped = count($this->entries);
    }

    public function count(): int
    {
        return count($this->entries);
    }
}
