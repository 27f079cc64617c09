<?php
namespace App\Http\Controllers;

use App\Forms\ContactFormFactory;
use Illuminate\Http\Request;

final class ContactController
{
    public function __construct(private ContactFormFactory $forms) {}

    public function store(Request $request): array
    {
        $form = $this->forms->create();
        if (!$form->submit($request->all())) {
            return ['status' => 422, 'errors' => $form->errors];
        }
        return ['status' => 201, 'ticket' => 'T-' . substr(md5($form->data['email']), 0, 8)];
    }
}
