<?php

namespace App\Mail;

use Acme\Templating\Environment;

final class TransactionalRenderer
{
    /** @param list<string> $locales */
    public function __construct(
        private Environment $view,
        private PlainTextFallback $fallback,
        private array $locales,
    ) {
    }

    /** @param array<string, mixed> $data */
    public function render(string $template, array $data, string $locale): RenderedEmail
    {
        $this->view->pushScope($this->scopeFor($data, $locale));

        try {
            $subject = $this->view->render("{$template}.subject");
            if (!in_array($locale, $this->locales, true) || !$this->view->hasTemplate("{$template}.html")) {
                // no localized HTML part for this customer: send the plain text version
                return $this->fallback->render($template, $data);
            }
            $html = $this->view->render("{$template}.html");
        } finally {
            $this->view->popScope();
        }

        return new RenderedEmail($subject, $html, trim(strip_tags(str_replace('</p>', "\n", $html))));
    }

    /** @param array<string, mixed> $data */
    private function scopeFor(array $data, string $locale): array
    {
        return $data + ['locale' => $locale, 'rendered_at' => date(DATE_ATOM)];
    }
}
