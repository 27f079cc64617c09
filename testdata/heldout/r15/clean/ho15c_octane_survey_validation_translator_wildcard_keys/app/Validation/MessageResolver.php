<?php

declare(strict_types=1);

namespace App\Validation;

use Illuminate\Translation\Translator;

use function Illuminate\Foundation\app;

final class MessageResolver
{
    /** Wildcard attributes declared by the survey rules; custom messages are keyed by these. */
    private const WILDCARD_ATTRIBUTES = ['answers.*', 'contacts.*.email'];

    /**
     * Looks up "validation.custom.<attribute>.<rule>" first, the way Laravel's
     * FormatsMessages does, then falls back to the generic rule message.
     */
    public function resolve(string $attribute, string $rule, array $parameters): string
    {
        /** @var Translator $translator */
        $translator = app('translator');

        $customKey = "validation.custom.{$this->primaryAttribute($attribute)}.{$rule}";
        $message = $translator->get($customKey, $parameters);
        if ($message !== $customKey) {
            return $message;
        }

        return $translator->get("validation.{$rule}", ['attribute' => $this->label($attribute)] + $parameters);
    }

    /** "answers.q40123" is looked up as "answers.*", like Validator::getPrimaryAttribute(). */
    private function primaryAttribute(string $attribute): string
    {
        foreach (self::WILDCARD_ATTRIBUTES as $pattern) {
            if (fnmatch($pattern, $attribute, FNM_PERIOD)) {
                return $pattern;
            }
        }

        return $attribute;
    }

    private function label(string $attribute): string
    {
        return str_replace(['_', '.'], ' ', $attribute);
    }
}
