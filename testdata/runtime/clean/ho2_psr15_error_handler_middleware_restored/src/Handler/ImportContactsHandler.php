<?php

namespace App\Handler;

use App\Http\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Accepts a CSV upload of contacts: email;first name;last name;company.
 */
final class ImportContactsHandler implements RequestHandlerInterface
{
    private int $imported = 0;

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $rows = 0;
        foreach (explode("\n", trim($request->getBody())) as $line) {
            $columns = str_getcsv($line, ';');
            $contact = [
                'email' => strtolower($columns[0]),
                'first_name' => $columns[1],
                'last_name' => $columns[2],
                'company' => $columns[3],
            ];
            if (filter_var($contact['email'], FILTER_VALIDATE_EMAIL)) {
                $rows++;
            }
        }
        $this->imported += $rows;

        return new Response(202, ['Content-Type' => 'application/json'], json_encode(['accepted' => $rows]));
    }
}
