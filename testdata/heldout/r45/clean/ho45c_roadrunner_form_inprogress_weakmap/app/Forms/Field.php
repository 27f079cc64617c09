<?php

declare(strict_types=1);

namespace App\Forms;

final class Field
{
    /**
     * @param list<string>|null $choices
     */
    public function __construct(
        public readonly string $name,
        public readonly string $label,
        public readonly string $type = 'text',
        public readonly bool $required = false,
        public readonly int $maxLength = 500,
        public readonly ?array $choices = null,
    ) {
    }

    public function normalize(mixed $raw): ?string
    {
        if ($raw === null || $raw === '') {
            return null;
        }
        $value = trim((string) $raw);

        return match ($this->type) {
            'email' => strtolower($value),
            'number' => (string) (int) $value,
            default => preg_replace('/\s+/', ' ', $value),
        };
    }

    public function check(?string $value): ?string
    {
        if ($value === null) {
            return $this->required ? 'This field is required.' : null;
        }
        if (strlen($value) > $this->maxLength) {
            return sprintf('Please use at most %d characters.', $this->maxLength);
        }
        if ($this->type === 'email' && !filter_var($value, FILTER_VALIDATE_EMAIL)) {
            return 'Please enter a valid email address.';
        }
        if ($this->choices !== null && !in_array($value, $this->choices, true)) {
            return 'Please pick one of the options.';
        }

        return null;
    }
}
