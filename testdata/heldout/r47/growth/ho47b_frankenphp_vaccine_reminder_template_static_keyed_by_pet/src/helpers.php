<?php

use Vetcare\Reminders\CompiledTemplate;
use Vetcare\Reminders\ReminderRequest;
use Vetcare\Reminders\TemplateCompiler;

function reminder_config(?string $key = null): mixed
{
    static $config = null;
    $config ??= require __DIR__ . '/../config/reminders.php';
    return $key === null ? $config : $config[$key];
}

/**
 * The inline part of the template: values that do not change between two
 * reminders of the same template are compiled into the literal text.
 */
function reminder_inline_values(ReminderRequest $request): array
{
    return ['clinic' => reminder_config('clinic_name'), 'pet' => $request->petName];
}

function reminder_template_for(ReminderRequest $request): CompiledTemplate
{
    static $compiled = [];
    $family = $request->species->templateFamily();
    $inline = reminder_inline_values($request);
    $key = "{$family}/{$request->locale}/{$inline['pet']}";
    if (!isset($compiled[$key])) {
        $source = reminder_config('templates')[$family];
        $compiled[$key] = TemplateCompiler::compile($family, $request->locale, $source, $inline); // leak
    }
    return $compiled[$key];
}
