<?php
namespace App\Forms;

final class ContactFormFactory
{
    private Form $prototype;

    public function __construct()
    {
        $required = fn (int $max) => ['required' => true, 'max' => $max];
        $this->prototype = new Form('contact', ['name' => $required(80), 'email' => $required(120), 'message' => $required(2000)]);
    }

    public function create(): Form
    {
        $form = $this->prototype;
        $validator = function (array $data) use ($form): ?string {
            foreach ($form->fields as $field => $rule) {
                $value = $data[$field] ?? '';
                if (($rule['required'] && $value === '') || strlen($value) > $rule['max']) {
                    return "{$field} is missing or too long";
                }
            }
            return null;
        };
        $form = clone $form;
        $form->addValidator($validator);
        return $form;
    }
}
