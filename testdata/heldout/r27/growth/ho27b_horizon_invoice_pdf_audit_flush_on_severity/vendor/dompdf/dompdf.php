<?php

namespace Dompdf;

class Options
{
    public function __construct(private array $options = [])
    {
    }

    public function get(string $key): mixed
    {
        return $this->options[$key] ?? null;
    }
}

class Dompdf
{
    private string $html = '';
    private string $pdf = '';

    public function __construct(private Options $options)
    {
    }

    public function loadHtml(string $html): void
    {
        $this->html = $html;
        $this->pdf = '';
    }

    public function setPaper(string $size, string $orientation = 'portrait'): void
    {
    }

    public function render(): void
    {
        $this->pdf = "%PDF-1.7\n" . gzcompress($this->html, 1) . "\n%%EOF";
    }

    public function output(): string
    {
        return $this->pdf;
    }
}
