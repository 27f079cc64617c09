<?php
namespace App\EventListener;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\Event\{RequestEvent, ResponseEvent};
use Symfony\Component\HttpKernel\KernelEvents;

final class LocaleListener
{
    public function __construct(private EventDispatcher $dispatcher, private array $enabledLocales) {}

    public function onKernelRequest(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $locale = $this->negotiate((string) $request->headers->get('accept-language'));
        $request->attributes->set('_locale', $locale);

        $this->dispatcher->addListener(KernelEvents::RESPONSE, function (ResponseEvent $event) use ($request, $locale): void { // leak
            if ($event->getRequest() === $request) {
                $event->getResponse()->headers->set('content-language', $locale);
            }
        });
    }

    private function negotiate(string $header): string
    {
        foreach (explode(',', $header) as $part) {
            $candidate = strtolower(substr(trim($part), 0, 2));
            if (\in_array($candidate, $this->enabledLocales, true)) {
                return $candidate;
            }
        }
        return $this->enabledLocales[0];
    }
}
