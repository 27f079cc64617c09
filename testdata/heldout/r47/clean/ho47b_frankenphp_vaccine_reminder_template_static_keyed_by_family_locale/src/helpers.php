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
 * reminders of the same template are compiled into the literal text. The pet
 * name changes with every reminder, so it stays a render-time variable.
 */
function reminder_inline_values(ReminderRequest $request): array
{
    return ['clinic' => reminder_config('clinic_name')];
}

function reminder_locale(string $requested): string
{
    return in_array($requested, reminder_config('supported_locales'), true)
        ? $requested
        : reminder_config('fallback_locale');
}

function reminder_template_for(ReminderRequest $request): CompiledTemplate
{
    static $compiled = [];
    $family = $request->species->templateFamily();
    $locale = reminder_locale($request->locale);
    $key = "{$family}/{$locale}";
    if (!isset($compiled[$key])) {
        $source = reminder_config('templates')[$family];
        $compiled[$key] = TemplateCompiler::compile($family, $locale, $source, reminder_inline_values($request));
    }
    return $compiled[$key];
}
