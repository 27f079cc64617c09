<?php

declare(strict_types=1);

namespace App\Support;

use Illuminate\Support\Str;

/**
 * Maps the header row of an uploaded spreadsheet to attribute names.
 * Known columns go to contact fields, anything else becomes a custom field.
 */
final class ColumnNormalizer
{
    /** @param list<string> $knownAttributes */
    public function __construct(private array $knownAttributes) {}

    /** @return array{attribute: string, custom: bool} */
    public function normalize(string $header): array
    {
        $clean = trim((string) preg_replace('/[^\pL\pN ]+/u', ' ', $header));
        $attribute = Str::snake(ucwords($clean));

        return [
            'attribute' => $attribute,
            'custom' => ! in_array($attribute, $this->knownAttributes, true),
        ];
    }
}
