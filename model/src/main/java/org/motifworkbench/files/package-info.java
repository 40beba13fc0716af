/** Safe file writing shared by every save in the core: complete files or none. */
package org.motifworkbench.files;
