<?php

namespace App\Reports;

final class ExportFormat
{
    public function __construct(public readonly string $extension, public readonly string $mimeType, public readonly string $template)
    {
    }
}
