<?php

namespace Acme\Payroll\Payslip;

final class TemplateRegistry
{
    /** @var array<string, string> */
    private array $compiled = [];

    public function __construct(private string $baseLayout)
    {
    }

    public function compiled(string $key, array $componentNames): string
    {
        if (!isset($this->compiled[$key])) {
            $this->compiled[$key] = $this->compile($key, $componentNames);
        }

        return $this->compiled[$key];
    }

    private function compile(string $key, array $componentNames): string
    {
        $rows = '';
        foreach ($componentNames as $name) {
            $rows .= sprintf("<tr class=\"component component-%s\"><td>{{ label.%s }}</td><td class=\"amount\">{{ amount.%s }}</td></tr>\n", $name, $name, $name);
        }

        return str_replace(['{{ rows }}', '{{ key }}'], [$rows, $key], $this->baseLayout);
    }
}
