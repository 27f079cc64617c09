<?php

declare(strict_types=1);

namespace App\Form;

final class Translator
{
    private array $catalogue = [
        'required' => 'This value should not be blank.',
        'email' => 'This value is not a valid email address.',
        'length' => 'This value is too long.',
    ];

    public function trans(string $key): string
    {
        return $this->catalogue[$key] ?? $key;
    }
}

abstract class AbstractField
{
    protected mixed $value = null;
    protected array $errors = [];

    public function __construct(
        protected Translator $translator,
        public readonly string $name,
        protected array $options = [],
    ) {
    }

    public function submit(mixed $raw): void
    {
        $this->value = $this->normalize($raw);
        if (($this->options['required'] ?? false) && ($this->value === '' || $this->value === null)) {
            $this->errors[] = $this->translator->trans('required');
        }
        $max = $this->options['max_length'] ?? null;
        if ($max !== null && is_string($this->value) && strlen($this->value) > $max) {
            $this->errors[] = $this->translator->trans('length');
        }
    }

    public function value(): mixed
    {
        return $this->value;
    }

    public function errors(): array
    {
        return $this->errors;
    }

    abstract protected function normalize(mixed $raw): mixed;
}

final class TextField extends AbstractField
{
    protected function normalize(mixed $raw): mixed
    {
        return trim((string) $raw);
    }
}

final class EmailField extends AbstractField
{
    protected function normalize(mixed $raw): mixed
    {
        $value = strtolower(trim((string) $raw));
        if ($value !== '' && filter_var($value, FILTER_VALIDATE_EMAIL) === false) {
            $this->errors[] = $this->translator->trans('email');
        }

        return $value;
    }
}

final class FormBuilder
{
    /** @var array<string, AbstractField> */
    private array $fields = [];

    public function __construct(private Translator $translator)
    {
    }

    public function translator(): Translator
    {
        return $this->translator;
    }

    /** @param class-string<AbstractField> $className */
    public function add(string $name, string $className, array $options = []): self
    {
        $field = new $className($this->translator, $name, $options);
        $this->fields[$name] = $field;

        return $this;
    }

    public function handle(array $data): array
    {
        $errors = [];
        $values = [];
        foreach ($this->fields as $name => $field) {
            $field->submit($data[$name] ?? null);
            $values[$name] = $field->value();
            if ($field->errors() !== []) {
                $errors[$name] = $field->errors();
            }
        }

        return ['values' => $values, 'errors' => $errors];
    }
}
