<?php

declare(strict_types=1);

namespace App\Forms;

final class FormRegistry
{
    /** @var array<string, FormDefinition> */
    private array $built = [];

    /**
     * @param array<string, array{title: string, class?: class-string<Submission>, fields: list<array>}> $config
     */
    public function __construct(private array $config)
    {
    }

    public function get(string $slug): ?FormDefinition
    {
        if (!isset($this->config[$slug])) {
            return null;
        }

        return $this->built[$slug] ??= $this->build($slug, $this->config[$slug]);
    }

    private function build(string $slug, array $spec): FormDefinition
    {
        $fields = array_map(static fn (array $f): Field => new Field(...$f), $spec['fields']);

        return new FormDefinition($slug, $spec['title'], $fields, $spec['class'] ?? Submission::class);
    }
}
