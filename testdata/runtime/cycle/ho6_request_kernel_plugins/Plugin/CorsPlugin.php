<?php
// Adds CORS headers using the origin list the kernel exposes.

final class CorsPlugin extends KernelPlugin
{
    public function onRequest(array $request): array
    {
        $origins = $this->kernel->setting('cors.origins');
        $request['headers']['Access-Control-Allow-Origin'] = in_array($request['origin'], $origins, true) ? $request['origin'] : 'null';
        return $request;
    }
}
