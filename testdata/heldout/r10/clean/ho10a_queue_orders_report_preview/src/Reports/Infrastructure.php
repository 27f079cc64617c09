<?php

declare(strict_types=1);

namespace App\Reports;

final class OrderRepository
{
    /** @return iterable<list<array>> */
    public function chunkBetween(string $from, string $to, int $size): iterable
    {
        $seed = crc32($from);
        for ($page = 0; $page < 4; $page++) {
            $chunk = [];
            for ($k = 0; $k < $size; $k++) {
                $id = $seed % 100000 + $page * $size + $k;
                $chunk[] = [
                    'id' => $id,
                    'placed_at' => $from,
                    'customer' => "Customer {$id}",
                    'email' => "buyer{$id}@store.test",
                    'total' => 1000 + $id % 9000,
                    'status' => ['paid', 'shipped', 'refunded'][$id % 3],
                ];
            }
            yield $chunk;
        }
    }
}

final class ReportStorage
{
    private int $bytes = 0;
    private int $files = 0;
    private string $lastPath = '';

    public function put(string $path, string $contents): void
    {
        $this->files++;
        $this->bytes += strlen($contents);
        $this->lastPath = $path;
    }
}

final class CsvBuffer
{
    private string $buffer = '';

    public function row(array $fields): void
    {
        $this->buffer .= implode(',', array_map(
            static fn ($v) => is_string($v) && strpbrk($v, ",\"\n") !== false ? '"' . str_replace('"', '""', $v) . '"' : (string) $v,
            $fields,
        )) . "\n";
    }

    public function contents(): string
    {
        return $this->buffer;
    }
}
