<?php
// Picks the response locale from the Accept-Language header and the default locale in the plugin settings.

final class LocalePlugin extends KernelPlugin
{
    public function onRequest(array $request): array
    {
        $request['locale'] = substr($request['accept_language'] ?? '', 0, 2) ?: $this->settings->get('locale');
        return $request;
    }
}
