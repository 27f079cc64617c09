<?php

namespace App;

use App\Form\Form;
use Psr\Http\Message\ServerRequestInterface;

final class ContactController
{
    public function __construct(private Form $form) {}

    public function __invoke(ServerRequestInterface $request): array
    {
        return $this->form->submit($request->getParsedBody()) ? [200, 'sent'] : [422, 'invalid'];
    }
}
