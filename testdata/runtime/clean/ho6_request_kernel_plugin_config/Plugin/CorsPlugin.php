<?php
// Adds CORS headers using the origin list from the plugin settings.

final class CorsPlugin extends KernelPlugin
{
    public function onRequest(array $request): array
    {
        $origins = $this->settings->get('cors.origins');
        $request['headers']['Access-Control-Allow-Origin'] = in_array($request['origin'], $origins, true) ? $request['origin'] : 'null';
        return $request;
    }
}
