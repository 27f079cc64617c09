<?php
namespace App\Controller;

use App\Http\ClientContext;

final class HomeController
{
    public function __invoke(ClientContext $client): string
    {
        return "<html lang=\"{$client->locale}\"><!-- {$client->ip()} --></html>";
    }
}
