<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\RequestEvent;

/**
 * Picks the request locale among the locales the shop is translated into.
 */
final class LocaleSubscriber implements EventSubscriberInterface
{
    /** @var list<array{code: string, label: string, variants: list<string>}> */
    private array $locales = [];

    public static function getSubscribedEvents(): array
    {
        return [
            'kernel.request' => 'onKernelRequest',
        ];
    }

    /**
     * Called by the container when it creates the service (the "calls" of its definition).
     */
    public function addLocale(string $code, string $label, array $variants): void
    {
        $this->locales[] = [
            'code' => $code,
            'label' => $label,
            'variants' => $variants,
        ];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        if (!$event->isMainRequest()) {
            return;
        }
        $request = $event->getRequest();
        $preferred = $request->getPreferredLanguage();
        foreach ($this->locales as $locale) {
            if ($preferred === $locale['code'] || \in_array($preferred, $locale['variants'], true)) {
                $request->setLocale($locale['code']);

                return;
            }
        }
        $request->setLocale($this->locales[0]['code'] ?? 'en');
    }
}
