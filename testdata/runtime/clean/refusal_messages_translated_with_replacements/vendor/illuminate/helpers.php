<?php

use Illuminate\Translation\Translator;

// Stand-in for Laravel's __() helper: the application's one translator.
function __(string $key, array $replace = []): string
{
    static $translator = null;
    $translator ??= new Translator(['orders' => ['refused' => 'Order :id was refused: :reason']]);

    return $translator->get($key, $replace);
}
