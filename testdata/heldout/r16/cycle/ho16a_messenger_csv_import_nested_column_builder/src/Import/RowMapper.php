<?php

declare(strict_types=1);

namespace Acme\Import;

final class RowMapper
{
    /** @param array<string, array{name: string, type: string, required: bool, default: mixed, aliases: list<string>}> $specs */
    public function __construct(
        public readonly string $source,
        public readonly string $delimiter,
        private readonly array $specs,
    ) {
    }

    /**
     * @param list<string> $header
     * @return array<string, mixed>
     */
    public function map(array $header, string $line): array
    {
        $cells = str_getcsv($line, $this->delimiter);
        $byHeader = [];
        foreach ($header as $i => $title) {
            $byHeader[strtolower(trim($title))] = $cells[$i] ?? null;
        }

        $row = [];
        foreach ($this->specs as $name => $spec) {
            $value = $byHeader[$name] ?? null;
            foreach ($spec['aliases'] as $alias) {
                $value ??= $byHeader[$alias] ?? null;
            }
            if ($value === null || $value === '') {
                if ($spec['required']) {
                    throw new \UnexpectedValueException(sprintf('Column "%s" missing in %s', $name, $this->source));
                }
                $value = $spec['default'];
            }
            $row[$name] = match ($spec['type']) {
                'int' => (int) $value,
                'decimal' => round((float) $value, 2),
                'bool' => in_array(strtolower((string) $value), ['1', 'yes', 'true'], true),
                default => (string) $value,
            };
        }

        return $row;
    }
}
