<?php

declare(strict_types=1);

namespace App\Validation;

use Illuminate\Translation\Translator;

use function Illuminate\Foundation\app;

final class MessageResolver
{
    /**
     * Looks up "validation.custom.<attribute>.<rule>" first, the way Laravel's
     * FormatsMessages does, then falls back to the generic rule message.
     */
    public function resolve(string $attribute, string $rule, array $parameters): string
    {
        /** @var Translator $translator */
        $translator = app('translator');

        $customKey = "validation.custom.{$attribute}.{$rule}";
        $message = $translator->get($customKey, $parameters); // leak
        if ($message !== $customKey) {
            return $message;
        }

        return $translator->get("validation.{$rule}", ['attribute' => $this->label($attribute)] + $parameters);
    }

    private function label(string $attribute): string
    {
        return str_replace(['_', '.'], ' ', $attribute);
    }
}
