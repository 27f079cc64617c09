<?php
// Picks the response locale from the Accept-Language header and the kernel's default locale.

final class LocalePlugin extends KernelPlugin
{
    public function onRequest(array $request): array
    {
        $request['locale'] = substr($request['accept_language'] ?? '', 0, 2) ?: $this->kernel->setting('locale');
        return $request;
    }
}
