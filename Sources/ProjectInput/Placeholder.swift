// ProjectInput
