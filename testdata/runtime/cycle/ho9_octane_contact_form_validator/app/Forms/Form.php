<?php
namespace App\Forms;

final class Form
{
    private array $validators = [];
    public array $data = [];
    public array $errors = [];

    /** @param array<string, array{required: bool, max: int}> $fields */
    public function __construct(public readonly string $name, public readonly array $fields) {}

    public function addValidator(\Closure $validator): void
    {
        $this->validators[] = $validator; // leak
    }

    public function submit(array $data): bool
    {
        $this->data = array_intersect_key($data, $this->fields);
        foreach ($this->validators as $validator) {
            if (($error = $validator($this->data)) !== null) {
                $this->errors[] = $error;
            }
        }
        return $this->errors === [];
    }
}
